/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

/**
 * The seq range one page of a query reads: {@code lower < seq <= upper}, and past the
 * position of the previous page.
 *
 * @param lower the seq bound from {@code since}, exclusive (0 without {@code since})
 * @param upper the seq bound from {@code until} and the snapshot, inclusive
 * @param position the last seq served, exclusive; in a descending query the first page
 * starts at {@code upper + 1}, in an ascending one at {@code lower}
 * @param ascending whether seqs are read upwards
 * @param rows the number of rows to read: one more than the page, to know whether more
 * follow
 */
record QueryWindow(long lower, long upper, long position, boolean ascending, int rows) {

	boolean isEmpty() {
		return this.upper <= this.lower;
	}

}
