/**
 * Slack's markup in typed text: user mentions `<@U123>` (`<@U123|name>`), channel links
 * `<#C1|general>`, special mentions `<!here>`, `<!subteam^S1>`. Links are not here: the adapter
 * turns `<http://etcd.io|etcd.io>` back into what was typed (see escape.ts).
 */
export const SLACK_MARKUP: readonly RegExp[] = [/<[@#!][^>\s]*>/g];
