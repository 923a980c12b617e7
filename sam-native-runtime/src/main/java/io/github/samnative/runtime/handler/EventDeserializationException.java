package io.github.samnative.runtime.handler;

/**
 * The event's JSON could not be turned into the handler's input type. The handler was not
 * called; the loop reports this as a runtime error and goes on with the next event.
 */
public final class EventDeserializationException extends Exception {
    public EventDeserializationException(String inputType, Throwable cause) {
        super("Could not deserialize the event into " + inputType + ": " + cause.getMessage(), cause);
    }
}
