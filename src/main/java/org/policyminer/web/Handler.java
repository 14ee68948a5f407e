package org.policyminer.web;

/** One resource of the server: turns a parsed GET request into a response. */
@FunctionalInterface
interface Handler {
    Response handle(Request request) throws Exception;
}
