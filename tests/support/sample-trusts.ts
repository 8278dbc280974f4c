/** The sample trusts as the tests know them: slug, public address and base path. */
export const sampleTrusts = {
  'ashdown-valley': { url: 'https://www.ashdown-valley.example/about-us/strategy/', basePath: '/about-us/strategy/' },
  fenmoor: { url: 'https://fenmoor.example/', basePath: '/' },
  harbourside: { url: 'https://harbourside.example/our-strategy/', basePath: '/our-strategy/' },
  northwold: { url: 'https://www.northwold-community.example/strategy/', basePath: '/strategy/' },
} as const;

export type SampleSlug = keyof typeof sampleTrusts;
export const sampleSlugs = Object.keys(sampleTrusts) as SampleSlug[];
