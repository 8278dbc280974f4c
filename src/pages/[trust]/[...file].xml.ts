/** Every .xml file of every trust, as declared in src/routes/ (the updates feed; see src/views/files/index.ts). */
import { fileRoute } from '../../views/files/index.ts';

export const { getStaticPaths, GET } = fileRoute('xml');
