/**
 * Attachments: the files an article links (附件: PDF, DOC, DOCX, XLS, XLSX, WPS, ET) read into text and table rows with
 * Apache Tika, simplified and run through entities, as the {@code attachments} part of the record. Where the bytes
 * come from is an {@link org.policyminer.attach.AttachmentSource}: the fetch layer (robots, politeness, size) when
 * crawling or watching, the file beside a saved page when ingesting files.
 *
 * <p>Placed after {@code entities} and before {@code index}: it runs convert and entities over what it reads, and the
 * index stores what it produces. It uses {@code fetch} only for the source that fetches over HTTP.
 */
package org.policyminer.attach;
