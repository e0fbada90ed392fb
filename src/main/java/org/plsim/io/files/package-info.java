/**
 * Bytes on disk that a reader can trust: files replaced atomically (written beside, then renamed), JSON text,
 * SHA-256 of files and texts, and result folders that may be written into. JDK and Jackson only.
 */
package org.plsim.io.files;
