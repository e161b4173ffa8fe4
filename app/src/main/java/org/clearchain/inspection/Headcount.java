package org.clearchain.inspection;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** People counted by sex and age band (under 18, 18–24, 25 and over), never named. */
@Serdeable
public record Headcount(@NotNull @Valid AgeBands women, @NotNull @Valid AgeBands men) {

    public static final Headcount NONE = new Headcount(AgeBands.NONE, AgeBands.NONE);

    @Serdeable
    public record AgeBands(@PositiveOrZero int under18, @PositiveOrZero int from18to24, @PositiveOrZero int from25) {
        static final AgeBands NONE = new AgeBands(0, 0, 0);

        int total() {
            return under18 + from18to24 + from25;
        }

        boolean within(AgeBands other) {
            return under18 <= other.under18 && from18to24 <= other.from18to24 && from25 <= other.from25;
        }
    }

    /** From the six columns the finding and referral tables keep, women's bands first. */
    static Headcount of(int womenUnder18, int women18To24, int women25AndOver, int menUnder18, int men18To24, int men25AndOver) {
        return new Headcount(new AgeBands(womenUnder18, women18To24, women25AndOver),
                new AgeBands(menUnder18, men18To24, men25AndOver));
    }

    public int total() {
        return women.total() + men.total();
    }

    public boolean hasChildren() {
        return women.under18 > 0 || men.under18 > 0;
    }

    /** True when every cell of this count is at most the same cell of {@code other}. */
    public boolean within(Headcount other) {
        return women.within(other.women) && men.within(other.men);
    }
}
