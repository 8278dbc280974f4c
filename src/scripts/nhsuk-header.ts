/**
 * nhsuk-frontend's header script, bundled and served from the trust's own site (no inline
 * script, so the Content-Security-Policy stays strict). It only enhances: the menu items that
 * do not fit on one line fold into a "More" menu. nhsuk-frontend's components run only where
 * <body> carries `nhsuk-frontend-supported`, which a module script can set as it runs.
 */
import { initHeader } from 'nhsuk-frontend/dist/nhsuk/components/header/header.mjs';

document.body.classList.add('nhsuk-frontend-supported');
initHeader();
