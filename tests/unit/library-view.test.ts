/** The library page's pure parts: summary rows, facet counts, column sorting and the view in the URL. */
import { describe, expect, it } from 'vitest';
import { emptyPolicy, type Clip } from '../../utils/model';
import { DEFAULT_VIEW, facetCounts, sortRows, toRows, viewFromHash, viewRows, viewToHash, type LibView } from '../../utils/library';
import { clipRow } from '../helpers/library';

const clip = (id: string, over: Partial<Clip> & { issuer?: string; doc?: string; written?: string; published?: string } = {}) => {
  const { issuer = '', doc = '', written = '', published = '', ...rest } = over;
  return clipRow(id, {
    policy: { ...emptyPolicy(), issuer, docNumber: doc, writtenDate: written, publishDate: published },
    ...rest,
  });
};

const clips = [
  clip('a', {
    issuer: '国务院',
    doc: '国发〔2019〕12号',
    written: '2019-05-01',
    siteName: 'gov.cn',
    updatedAt: Date.UTC(2024, 0, 1),
    highlightCount: 2,
  }),
  clip('b', { issuer: '国务院', doc: '国发〔2019〕3号', written: '2019-02-01', siteName: 'gov.cn', updatedAt: Date.UTC(2024, 0, 3) }),
  clip('c', {
    issuer: '国务院办公厅',
    doc: '国办发〔2018〕5号',
    published: '2018-03-04',
    siteName: 'gov.cn',
    updatedAt: Date.UTC(2024, 0, 2),
  }),
  clip('d', { issuer: '财政部', doc: '', siteName: 'mof.gov.cn', updatedAt: Date.UTC(2023, 5, 1), highlightCount: 1 }),
  clip('e', { title: 'Companies Act 2006', lang: 'en-GB', siteName: 'legislation.gov.uk', updatedAt: Date.UTC(2022, 1, 1) }),
];
const rows = toRows(clips, [
  ['c1', 'a'],
  ['c1', 'd'],
  ['c2', 'a'],
]);
const ids = (rs: { clip: Clip }[]) => rs.map((r) => r.clip.id);
const view = (over: Partial<LibView>): LibView => ({ ...DEFAULT_VIEW, ...over });

describe('summary rows', () => {
  it('take the year from 成文日期, else 发布日期, else the clipped date; guess a missing language from the script', () => {
    expect(rows.map((r) => r.year)).toEqual([2019, 2019, 2018, 2023, 2022]);
    expect(rows.map((r) => r.lang)).toEqual(['zh', 'zh', 'zh', 'zh', 'en']);
    expect(toRows([clip('x', { lang: '', title: 'An Act' })], [])[0]!.lang).toBe('en');
    expect(rows[0]!.collections).toEqual(['c1', 'c2']);
  });
});

describe('facetCounts', () => {
  it('counts every value over all rows when nothing is chosen', () => {
    const f = facetCounts(rows, {});
    expect(f.issuer).toEqual([
      { value: '国务院', count: 2 },
      { value: '', count: 1 },
      { value: '财政部', count: 1 },
      { value: '国务院办公厅', count: 1 },
    ]);
    expect(f.year.map((v) => v.value)).toEqual(['2023', '2022', '2019', '2018']);
    expect(f.collection).toEqual([
      { value: 'c1', count: 2 },
      { value: 'c2', count: 1 },
    ]);
    expect(f.highlights).toEqual([
      { value: 'no', count: 3 },
      { value: 'yes', count: 2 },
    ]);
  });

  it('counts a facet over the rows the other choices let through, and keeps a chosen value with no rows', () => {
    const f = facetCounts(rows, { issuer: '国务院', year: '2018' });
    // issuer counts ignore the issuer choice but apply the year: only c (国务院办公厅, 2018) passes
    expect(f.issuer).toEqual([
      { value: '国务院办公厅', count: 1 },
      { value: '国务院', count: 0 },
    ]);
    // year counts apply the issuer only
    expect(f.year).toEqual([
      { value: '2019', count: 2 },
      { value: '2018', count: 0 },
    ]);
    expect(f.site).toEqual([]);
  });

  it('applies the search matches', () => {
    expect(facetCounts(rows, {}, new Set(['a', 'e'])).site.map((v) => v.value)).toEqual(['gov.cn', 'legislation.gov.uk']);
  });
});

describe('sortRows and viewRows', () => {
  it('sorts 文号 by issuer code, year and number, with empty ones last in both directions', () => {
    expect(ids(sortRows(rows, 'docNumber', 'asc'))).toEqual(['c', 'b', 'a', 'd', 'e']);
    expect(ids(sortRows(rows, 'docNumber', 'desc'))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('sorts dates as dates and counts as numbers', () => {
    expect(ids(sortRows(rows, 'docDate', 'asc'))).toEqual(['c', 'b', 'a', 'd', 'e']);
    expect(ids(sortRows(rows, 'clipped', 'desc'))).toEqual(['b', 'c', 'a', 'd', 'e']);
    expect(ids(sortRows(rows, 'highlights', 'desc')).slice(0, 2)).toEqual(['a', 'd']);
    expect(ids(sortRows(rows, 'collections', 'desc')).slice(0, 2)).toEqual(['a', 'd']);
  });

  it('combines facets, search and sort; by relevance while searching with no sort chosen', () => {
    expect(ids(viewRows(rows, view({ facets: { issuer: '国务院', year: '2019' }, sort: 'docNumber', dir: 'asc' })))).toEqual(['b', 'a']);
    expect(ids(viewRows(rows, view({ q: '通知' }), ['d', 'a', 'c']))).toEqual(['d', 'a', 'c']);
    expect(ids(viewRows(rows, view({ q: '通知', facets: { collection: 'c1' } }), ['d', 'a', 'c']))).toEqual(['d', 'a']);
    expect(ids(viewRows(rows, view({}))).slice(0, 3)).toEqual(['b', 'c', 'a']);
  });

  it('reuses the cached order: the same rows sorted twice give equal lists without recomputing keys', () => {
    const first = sortRows(rows, 'title', 'asc');
    expect(sortRows(rows, 'title', 'asc')).toEqual(first);
    expect(sortRows(rows, 'title', 'desc')).toEqual([...first].reverse());
  });
});

describe('view in the URL', () => {
  it('round-trips search, facets and sort, and drops defaults and junk', () => {
    const v = view({ q: '国发〔2019〕', facets: { issuer: '国务院', year: '2019', highlights: 'yes' }, sort: 'docNumber', dir: 'asc' });
    const hash = viewToHash(v);
    expect(viewFromHash(hash)).toEqual(v);
    expect(viewToHash(DEFAULT_VIEW)).toBe('');
    expect(viewFromHash('#highlights=maybe&sort=evil&dir=up&x=1')).toEqual(DEFAULT_VIEW);
  });
});
