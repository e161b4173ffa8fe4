package org.clearchain.web;

/** An error shown at a form's field (its id is {@code field}) and, linked to it, in the page's error summary. */
public record FieldMessage(String field, String message) {
}
