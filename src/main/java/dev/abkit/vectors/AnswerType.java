package dev.abkit.vectors;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The declared shape of a query's answer, from which the answers' part of the vector schema is written: the type the
 * adapter method returns, whether the answer may be JSON null (an empty {@code Optional} without a sentinel), and the
 * strings the driver answers instead of a value.
 *
 * @param type the Java type of a present answer
 * @param nullable whether the answer may be null
 * @param sentinels strings that may stand for the answer ({@code "undetermined"})
 */
public record AnswerType(Type type, boolean nullable, List<String> sentinels) {
    public AnswerType {
        sentinels = List.copyOf(sentinels);
    }

    /**
     * The answer of {@code owner.method(...)}: an {@code Optional<T>} answers T, or null when empty unless
     * {@code sentinels} stand for the empty answer.
     */
    public static AnswerType returnOf(Class<?> owner, String method, String... sentinels) {
        Method m = Arrays.stream(owner.getMethods()).filter(x -> x.getName().equals(method)).findFirst()
                .orElseThrow(() -> new IllegalStateException(owner.getSimpleName() + " has no method " + method));
        Type type = m.getGenericReturnType();
        boolean nullable = false;
        if (type instanceof ParameterizedType p && p.getRawType() == Optional.class) {
            type = p.getActualTypeArguments()[0];
            nullable = sentinels.length == 0;
        }
        return new AnswerType(type, nullable, List.of(sentinels));
    }
}
