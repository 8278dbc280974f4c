/**
 * What Amazon S3's website endpoint answers for a request, from its documented rules (Amazon
 * S3 user guide: "Configuring an index document", "Configuring a webpage redirect" and
 * "Configuring redirects with routing rules"), as a test oracle: no S3 runs here.
 *
 * - Routing rules are tried in order; the first whose condition holds redirects. A
 *   `KeyPrefixEquals` condition holds for every key that STARTS with it; a rule with
 *   `HttpErrorCodeReturnedEquals` only when the request would otherwise fail with that code.
 *   `ReplaceKeyWith` replaces the whole key, `ReplaceKeyPrefixWith` the matched prefix.
 * - A key ending in "/" (or the root) asks for the index document under it.
 * - An object with `x-amz-website-redirect-location` answers 301 to it.
 * - A key with no object, but an index document under "key/", answers 302 to "/key/".
 * - Otherwise the error document, with 404.
 */
export interface RoutingRule {
  Condition?: { KeyPrefixEquals?: string; HttpErrorCodeReturnedEquals?: string };
  Redirect: {
    Protocol?: string;
    HostName?: string;
    ReplaceKeyWith?: string;
    ReplaceKeyPrefixWith?: string;
    HttpRedirectCode?: string;
  };
}
export interface WebsiteConfiguration {
  IndexDocument: { Suffix: string };
  ErrorDocument?: { Key: string };
  RoutingRules?: RoutingRule[];
}
/** The bucket: each key, with its website redirect location when it has one. */
export type Bucket = Map<string, { redirectLocation?: string }>;

export type S3Answer = { status: 200 | 404; key: string } | { status: 301 | 302 | 307; location: string };

export function s3WebsiteAnswer(config: WebsiteConfiguration, bucket: Bucket, requestPath: string): S3Answer {
  const asked = decodeURIComponent(requestPath.replace(/^\//, ''));
  const rules = config.RoutingRules ?? [];
  const redirect = (rule: RoutingRule): S3Answer => {
    const prefix = rule.Condition?.KeyPrefixEquals ?? '';
    const { Redirect: to } = rule;
    const key = to.ReplaceKeyWith ?? (to.ReplaceKeyPrefixWith !== undefined ? to.ReplaceKeyPrefixWith + asked.slice(prefix.length) : asked);
    const origin = to.HostName ? `${to.Protocol ?? 'http'}://${to.HostName}` : '';
    return { status: Number(to.HttpRedirectCode ?? '301') as 301 | 302 | 307, location: `${origin}/${key}` };
  };
  const prefixHolds = (rule: RoutingRule) => asked.startsWith(rule.Condition?.KeyPrefixEquals ?? '');
  const before = rules.find((rule) => rule.Condition?.HttpErrorCodeReturnedEquals === undefined && prefixHolds(rule));
  if (before) return redirect(before);
  const key = asked === '' || asked.endsWith('/') ? `${asked}${config.IndexDocument.Suffix}` : asked;
  const object = bucket.get(key);
  if (object?.redirectLocation) return { status: 301, location: object.redirectLocation };
  if (object) return { status: 200, key };
  if (!asked.endsWith('/') && asked !== '' && bucket.has(`${asked}/${config.IndexDocument.Suffix}`))
    return { status: 302, location: `/${asked}/` };
  const onError = rules.find((rule) => rule.Condition?.HttpErrorCodeReturnedEquals === '404' && prefixHolds(rule));
  if (onError) return redirect(onError);
  return { status: 404, key: config.ErrorDocument?.Key ?? '' };
}

/** The answer after S3's own 302 from "/old" to "/old/", which a browser follows on its way to any redirect there. */
export function s3WebsiteAnswerAfterSlash(config: WebsiteConfiguration, bucket: Bucket, requestPath: string): S3Answer {
  const answer = s3WebsiteAnswer(config, bucket, requestPath);
  return answer.status === 302 && answer.location === `${requestPath}/` ? s3WebsiteAnswer(config, bucket, answer.location) : answer;
}
