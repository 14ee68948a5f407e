/**
 * Small helpers every package may use: the one JSON mapper ({@link org.policyminer.util.Json}), the duration grammar
 * ({@link org.policyminer.util.Durations}), HTML/XML escaping, atomic file replacement, sentence bounds, character
 * tries. Imports nothing of the project.
 */
package org.policyminer.util;
