package dev.wsmock.internal.contract;

/**
 * How an operation pages, per the contract file.
 *
 * @param paginator   true when botocore ships a paginator for it; false when the facts were inferred
 *                    from {@code NextToken}/{@code MaxResults} members (SDKs then page by hand)
 * @param inputToken  request member carrying the token, e.g. {@code NextToken}; null if none
 * @param outputToken response member carrying the next token; null if none
 * @param limitKey    request member limiting the page size, e.g. {@code MaxResults}; null if none
 * @param resultKey   response member holding the page's items; null when unknown (no paginator)
 */
public record Pagination(
    boolean paginator, String inputToken, String outputToken, String limitKey, String resultKey) {}
