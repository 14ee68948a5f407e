/**
 * The article read as an official document ({@link org.policyminer.doc.PolicyDocument}): 文号, issuers, written
 * date, 公文 type, index number, topic, addressees, validity, the documents it cites and how, and its attachments.
 * Runs after {@code convert}, on the simplified text (whose offsets are the original's) and on the page facts the
 * extractor read ({@link org.policyminer.doc.PageFacts}), whose values it converts to simplified script.
 *
 * <p>May import util, doc, stage, convert.
 */
package org.policyminer.document;
