/** Recognises which kind of sensitive personal or entity identifier a single value is. */
package io.yudex.standards.detect;
