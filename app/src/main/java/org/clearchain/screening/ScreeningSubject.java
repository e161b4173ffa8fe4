package org.clearchain.screening;

/** A supplier or an agency to screen: its name, its country and, when known, its registration number. */
public record ScreeningSubject(SubjectType type, long id, String name, String country, String registrationNumber) { }
