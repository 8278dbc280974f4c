/**
 * The "Editing in the browser" section of the editor's guide (scripts/editors-guide.ts), kept
 * beside the editor it describes. How the editor is set up: docs/editing-in-the-browser.md.
 */
export const editingInTheBrowser = `## Editing in the browser

If your web team has set it up, you can also edit your trust's pages in a browser editor,
without git. Open the editor's address (your web team gives it to you), sign in with your
GitHub account, and choose what to change:

- **Trust settings** is \`trust.yaml\`;
- each kind of page has its own list (**Goals pages**, **Values pages** and so on);
- **Easy read pages** are the easy read versions, with the same names as the standard pages.

Each field shows the same help as the tables below, under the box. Exact dates have a date
picker (fields that take "a date, a month or words" are a text box), fixed choices a
drop-down, and lists an "Add" button. Files and pictures you upload go into
your trust's \`files/\` folder. In an easy read page, add a picture with **+** then **Image**,
give it alt text, and write the row's sentences after it.

The editor will not save a page with a required field left empty or a value in the wrong form,
and marks the field. When you save, your change becomes a proposed change (a pull request):
the checks run on it and list any problems in the same words as the error list below. Nothing
is published until the change is accepted and the checks pass. The pane on the right shows the
page in your site's own style as you type. Pages ending in \`.mdx\` are not in the editor: edit
them in a text editor.

How the editor is set up: [Editing in the browser](editing-in-the-browser.md).`;
