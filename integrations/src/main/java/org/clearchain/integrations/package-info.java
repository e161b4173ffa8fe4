/**
 * Apache Camel routes for Clearchain's external feeds: one {@code RouteBuilder} per feed, its parser,
 * and the small port interface it writes to. This module knows no database tables; {@code app}
 * implements the ports.
 */
package org.clearchain.integrations;
