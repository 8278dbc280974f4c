/** What Decap CMS's prebuilt script puts on `window` for extensions (the parts we use). */
export interface DecapGlobals {
  CMS: {
    registerPreviewStyle(href: string): void;
    getWidget(name: string): { control: unknown; preview?: unknown; schema?: unknown } | undefined;
    registerWidget(name: string, control: unknown, preview?: unknown, schema?: unknown): void;
    registerLocale(locale: string, phrases: Record<string, unknown>): void;
    registerPreviewTemplate(name: string, component: unknown): void;
    registerCustomFormat(
      name: string,
      extension: string,
      format: { fromFile(content: string): Record<string, unknown>; toFile(data: Record<string, unknown>): string },
    ): void;
  };
  h: (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
  createClass: (spec: Record<string, unknown>) => unknown;
}
