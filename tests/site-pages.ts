/** The pages the site publishes now, by URL path below the base. Later issues add playbooks here. */
export const readerPages = ['/', '/for-owners/', '/for-coaches/', '/for-practice-teams/', '/about/'] as const;

/** Where Starlight writes its "not found" page. */
export const notFoundPage = '/404.html';
