package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse.BatchItemFailure;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobsHandlerTest {

    private final JobsHandler handler = new JobsHandler();

    @Test
    void reportsOnlyTheMessagesWhoseJobFailed() {
        SQSEvent batch = batch(message("m-1", "resize photo-1.jpg"), message("m-2", ""), message("m-3", "resize photo-3.jpg"));

        SQSBatchResponse response = handler.handle(batch);

        assertEquals(List.of("m-2"), failedMessageIds(response));
    }

    @Test
    void reportsNothingWhenEveryJobSucceeds() {
        SQSBatchResponse response = handler.handle(batch(message("m-1", "resize photo-1.jpg")));

        assertEquals(List.of(), failedMessageIds(response));
    }

    private static SQSEvent batch(SQSMessage... messages) {
        SQSEvent batch = new SQSEvent();
        batch.setRecords(List.of(messages));
        return batch;
    }

    private static SQSMessage message(String id, String body) {
        SQSMessage message = new SQSMessage();
        message.setMessageId(id);
        message.setBody(body);
        return message;
    }

    private static List<String> failedMessageIds(SQSBatchResponse response) {
        return response.getBatchItemFailures().stream().map(BatchItemFailure::getItemIdentifier).toList();
    }
}
