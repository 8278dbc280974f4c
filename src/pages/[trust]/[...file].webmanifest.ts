/** Every .webmanifest file of every trust, as declared in src/routes/ (see src/views/files/index.ts). */
import { fileRoute } from '../../views/files/index.ts';

export const { getStaticPaths, GET } = fileRoute('webmanifest');
