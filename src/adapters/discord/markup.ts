/**
 * Discord's markup in typed text: user mentions `<@123>` and `<@!123>`, role mentions `<@&123>`,
 * channel links `<#123>`, custom emoji `<:name:123>` and animated ones `<a:name:123>`.
 */
export const DISCORD_MARKUP: readonly RegExp[] = [/<(?:@[!&]?|#)\d+>/g, /<a?:\w+:\d+>/g];
