/**
 * The library entry point, {@link org.policyminer.PolicyMiner}: a page in, a clean simplified article with its
 * entities out. It sits above every package and may use any of them; nothing in the project imports it.
 */
package org.policyminer;
