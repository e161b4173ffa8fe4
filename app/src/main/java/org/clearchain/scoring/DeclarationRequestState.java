package org.clearchain.scoring;

/** Where a buyer's request for a declaration stands, when the supplier has no current declaration. */
public enum DeclarationRequestState { NONE, PENDING, OVERDUE }
