package dev.abkit.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.abkit.catalog.Subject;
import dev.abkit.model.Outcome;
import dev.abkit.spi.Implementation;

/**
 * Connects the vector format of one subject to that subject's adapter interface: decodes parameters, events and
 * queries from JSON into domain values, calls the implementation, and encodes its answers for comparison.
 *
 * <p>Decoding failures are problems of the vector ({@link IllegalArgumentException}); anything thrown while the
 * implementation runs is a fault of the implementation, reported by the runner.
 *
 * @param <P> the subject's parameters and initial state
 * @param <E> the subject's events
 * @param <Q> the subject's queries
 * @param <S> the subject's adapter interface
 */
public abstract class SubjectDriver<P, E, Q, S> {
    private final Subject subject;
    private final Class<P> parametersType;
    private final Class<E> eventType;
    private final Class<Q> queryType;

    protected SubjectDriver(Subject subject, Class<P> parametersType, Class<E> eventType, Class<Q> queryType) {
        this.subject = subject;
        this.parametersType = parametersType;
        this.eventType = eventType;
        this.queryType = queryType;
    }

    public final Subject subject() {
        return subject;
    }

    /** The record type of the subject's parameters in a vector. */
    public final Class<P> parametersType() {
        return parametersType;
    }

    /** The sealed type of the subject's events. */
    public final Class<E> eventType() {
        return eventType;
    }

    /** The sealed type of the subject's queries. */
    public final Class<Q> queryType() {
        return queryType;
    }

    public final P parameters(JsonNode node) {
        return DomainJson.fromTree(node, parametersType);
    }

    public final E event(JsonNode node) {
        return DomainJson.fromTree(node, eventType);
    }

    public final Q query(JsonNode node) {
        return DomainJson.fromTree(node, queryType);
    }

    /** A fresh instance of the subject from the implementation, set up with the case's parameters. */
    public abstract S open(Implementation implementation, P parameters);

    /** Applies one event. */
    public abstract Outcome apply(S instance, E event);

    /** Answers one query with a domain value; the runner compares its JSON form. */
    public abstract Object answer(S instance, Q query);

    /** The declared shape of the answer to queries of type {@code query} (for the vector schema's answers). */
    public abstract AnswerType answerType(Class<? extends Q> query);

    /** A short human description of an event for failure messages. */
    public String describe(E event) {
        return DomainJson.typeName(event.getClass());
    }
}
