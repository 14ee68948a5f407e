/**
 * The stage contract below the stages: {@link org.policyminer.stage.Stage} (what a stage requires and provides, as
 * {@link org.policyminer.stage.Part}s), {@link org.policyminer.stage.StageException}, and
 * {@link org.policyminer.stage.Pipeline}, which composes stages, checks the chain when built and times each stage.
 * Imports only {@code doc} and {@code util}; the stage packages (extract, convert, entities) implement it.
 */
package org.policyminer.stage;
