package org.clearchain.integrations.goodslist;

import org.clearchain.integrations.feed.FeedSink;

/** Port: where a goods-list file goes — one file, one new edition, made current only once it is whole. */
public interface GoodsListSink extends FeedSink<ListedGood> { }
