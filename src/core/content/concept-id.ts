/**
 * A concept's id inside the bot. Ids are unique within an article; a concept whose id an article
 * loaded earlier already uses is known as `article/id`, so buttons, thread memory and feedback,
 * which name a concept by one id, still tell the two apart. The main article (loaded first) keeps
 * its plain ids, so its buttons, stored sessions and feedback are unchanged by adding articles.
 */
export function internalId(article: string, id: string, taken: ReadonlySet<string>): string {
  return taken.has(id) ? `${article}/${id}` : id;
}

/** The id as its article writes it: the internal id without its `article/` qualifier (names, `ask --json`). */
export function ownId(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}
