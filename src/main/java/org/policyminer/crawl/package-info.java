/**
 * The {@code crawl} command's engine: {@link org.policyminer.crawl.Crawler} walks a site breadth-first from seed
 * URLs (and sitemaps), tells articles from lists with {@link org.policyminer.crawl.PageClassifier}, hands articles
 * to an {@link org.policyminer.crawl.ArticleSink} and keeps its frontier in a
 * {@link org.policyminer.crawl.CrawlState} journal beside the index, so a killed crawl resumes without fetching a
 * page twice or losing one. Politeness and trust are the fetcher's; this package decides what to fetch.
 */
package org.policyminer.crawl;
