package org.clearchain.common;

import io.micronaut.serde.exceptions.SerdeException;

/**
 * A value of a request body that breaks an input rule; the message is for the person who sent it.
 *
 * @param within where inside the value read (questionnaire answers, say) the fault lies, or empty for the value itself
 */
final class RefusedValue extends SerdeException {

    private final String within;

    RefusedValue(String message) {
        this("", message);
    }

    RefusedValue(String within, String message) {
        super(message);
        this.within = within;
    }

    String within() {
        return within;
    }
}
