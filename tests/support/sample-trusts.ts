/** The sample trusts as the tests know them: slug, public address and base path. */
export const sampleTrusts = {
  'ashdown-valley': { url: 'https://www.ashdown-valley.example/about-us/strategy/', basePath: '/about-us/strategy/' },
  fenmoor: { url: 'https://fenmoor.example/', basePath: '/' },
  harbourside: { url: 'https://harbourside.example/our-strategy/', basePath: '/our-strategy/' },
  northwold: { url: 'https://www.northwold-community.example/strategy/', basePath: '/strategy/' },
} as const;

export type SampleSlug = keyof typeof sampleTrusts;
export const sampleSlugs = Object.keys(sampleTrusts) as SampleSlug[];

/**
 * The sample sites published in more than one language. Kept apart from `sampleTrusts`, whose tests
 * open English pages at fixed paths: under the Welsh standards every page of Afon Las is under
 * /en/ or /cy/, and its root is the language choice.
 */
export const bilingualSampleTrusts = {
  'afon-las': { url: 'https://afon-las.example/', basePath: '/' },
} as const;

/** Every sample site, for the tests that walk every page whatever its language. */
export const everySampleSite = { ...sampleTrusts, ...bilingualSampleTrusts } as const;
export const everySampleSlug = Object.keys(everySampleSite) as (keyof typeof everySampleSite)[];
