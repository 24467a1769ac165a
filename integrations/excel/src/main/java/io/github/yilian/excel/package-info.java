/**
 * Excel workbooks in and out: a blank template per capability, import of a filled template into the
 * library's models with every bad cell reported, and export of results as workbooks people open.
 */
@NullMarked
package io.github.yilian.excel;

import org.jspecify.annotations.NullMarked;
