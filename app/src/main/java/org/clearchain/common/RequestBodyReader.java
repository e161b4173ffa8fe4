package org.clearchain.common;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.MediaType;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.body.JsonMessageHandler;
import jakarta.inject.Singleton;

import java.io.InputStream;

/**
 * Every JSON request body goes through {@link RequestBodies}; ordered before Micronaut's own JSON reader. (A Micronaut
 * HTTP client in this application would read its answers through it too; there is none: feeds pull through Camel.)
 */
@Singleton
@Order(JsonMessageHandler.ORDER - 1)
@JsonMessageHandler.ConsumesJson
final class RequestBodyReader<T> implements MessageBodyReader<T> {

    private final RequestBodies bodies;

    RequestBodyReader(RequestBodies bodies) {
        this.bodies = bodies;
    }

    @Override
    public boolean isReadable(Argument<T> type, MediaType mediaType) {
        return mediaType != null && mediaType.matchesAllOrWildcardOrExtension(MediaType.EXTENSION_JSON);
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers httpHeaders, InputStream inputStream) throws CodecException {
        return bodies.read(inputStream, type);
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers httpHeaders, ByteBuffer<?> byteBuffer) throws CodecException {
        return bodies.read(byteBuffer.toInputStream(), type);
    }
}
