/**
 * Messages and threads: printings of one email across documents recognised as one message, and
 * replies and forwards joined into threads, with stable ids.
 */
package org.readingroom.threads;
