package com.example.hello;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse.BatchItemFailure;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Works through a batch of jobs from the queue. A job that fails does not fail the batch: its
 * message is reported back, and SQS delivers only the reported messages again (the event source has
 * {@code FunctionResponseTypes: [ReportBatchItemFailures]}).
 *
 * <p>Any public method can be a handler: the template names this one {@code JobsHandler::handle}.
 */
public class JobsHandler {

    public SQSBatchResponse handle(SQSEvent batch) {
        List<BatchItemFailure> failures = new ArrayList<>();
        for (SQSMessage message : batch.getRecords()) {
            try {
                process(message);
            } catch (RuntimeException e) {
                // With LogFormat: JSON, sam-native logs System.err lines at level ERROR and System.out at INFO.
                System.err.println("Job " + message.getMessageId() + " failed: " + e.getMessage());
                failures.add(new BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    /** The work for one job goes here; throwing marks only this message as failed. */
    private void process(SQSMessage message) {
        String job = message.getBody();
        if (job == null || job.isBlank()) {
            throw new IllegalArgumentException("the message has no job in its body");
        }
        System.out.println("Job " + message.getMessageId() + " done: " + job);
    }
}
