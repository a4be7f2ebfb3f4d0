/**
 * The HTTP server: the web reading room (server-rendered jte pages) and the JSON API, one class per
 * resource (home, search, documents, people, threads), each registering its pages and its routes.
 */
package org.readingroom.serve;
