/**
 * The site's icon: a small SVG (a dark blue square with a white "R"), served at
 * `/assets/favicon.svg` and `/favicon.ico`, and written into the mirror.
 */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">' +
  '<rect width="32" height="32" rx="6" fill="#1f4e79"/>' +
  '<path d="M10 25V7h7a5.5 5.5 0 0 1 1.2 10.9L23 25h-3.6l-4.4-7H13.2v7zm3.2-10h3.6a2.5 2.5 0 0 0 0-5h-3.6z" fill="#fff"/>' +
  '</svg>\n';

/** A strong ETag of the icon (it changes only with the code). */
export const FAVICON_ETAG = '"favicon-1"';
