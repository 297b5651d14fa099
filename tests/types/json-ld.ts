/**
 * Type test (run by `npm run typecheck`): every JSON-LD node Lede writes is a
 * Schema.org type as schema-dts describes it, and carries no property that
 * type does not have (a misspelt `coverageStartTme` fails here).
 */
import type { ImageObject, ItemList, ListItem, LiveBlogPosting, BlogPosting, NewsArticle, Person, WithContext } from 'schema-dts';
import type {
  BlogPostingNode,
  ImageObjectNode,
  ItemListNode,
  ListItemNode,
  LiveBlogPostingNode,
  NewsArticleNode,
  PersonNode,
} from '../../src/ssr/json-ld.js';

/** The one concrete type (not its subtypes) of a schema-dts union, e.g. NewsArticle itself. */
type Leaf<Union, Name extends string> = Extract<Union, { '@type': Name }>;
/** `true` only when every property of Ours is a property of Theirs. */
type NoUnknownProperties<Ours, Theirs> = Exclude<keyof Ours, keyof Theirs> extends never ? true : Exclude<keyof Ours, keyof Theirs>;

const check = <T>(value: T) => value;

export const conforms = [
  check<WithContext<NewsArticle>>({} as NewsArticleNode),
  check<WithContext<LiveBlogPosting>>({} as LiveBlogPostingNode),
  check<WithContext<ItemList>>({} as ItemListNode),
  check<ImageObject>({} as ImageObjectNode),
  check<BlogPosting>({} as BlogPostingNode),
  check<ListItem>({} as ListItemNode),
  check<Person>({} as PersonNode),
];

export const noUnknownProperties: true[] = [
  check<NoUnknownProperties<NewsArticleNode, WithContext<Leaf<NewsArticle, 'NewsArticle'>>>>(true),
  check<NoUnknownProperties<LiveBlogPostingNode, WithContext<Leaf<LiveBlogPosting, 'LiveBlogPosting'>>>>(true),
  check<NoUnknownProperties<ItemListNode, WithContext<Leaf<ItemList, 'ItemList'>>>>(true),
  check<NoUnknownProperties<ImageObjectNode, Leaf<ImageObject, 'ImageObject'>>>(true),
  check<NoUnknownProperties<BlogPostingNode, Leaf<BlogPosting, 'BlogPosting'>>>(true),
  check<NoUnknownProperties<ListItemNode, Leaf<ListItem, 'ListItem'>>>(true),
  check<NoUnknownProperties<PersonNode, Leaf<Person, 'Person'>>>(true),
];
