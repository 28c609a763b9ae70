package fr.clsbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class FrenchNumbersTest {
    @Test
    void readsOrdinalsInDigitsAndInWords() {
        assertThat(FrenchNumbers.ordinal("1er")).hasValue(1);
        assertThat(FrenchNumbers.ordinal("2ème")).hasValue(2);
        assertThat(FrenchNumbers.ordinal("3e")).hasValue(3);
        assertThat(FrenchNumbers.ordinal("12ieme")).hasValue(12);
        assertThat(FrenchNumbers.ordinal("Deuxième")).hasValue(2);
        assertThat(FrenchNumbers.ordinal("secondes")).hasValue(2);
    }

    @Test
    void otherWordsAreNoOrdinals() {
        assertThat(FrenchNumbers.ordinal("cls")).isEqualTo(OptionalInt.empty());
        assertThat(FrenchNumbers.ordinal("e2")).isEqualTo(OptionalInt.empty());
        assertThat(FrenchNumbers.ordinal("2025")).isEqualTo(OptionalInt.empty());
        assertThat(FrenchNumbers.ordinal("123e")).isEqualTo(OptionalInt.empty());
        assertThat(FrenchNumbers.ordinal("")).isEqualTo(OptionalInt.empty());
    }

    @Test
    void aSmallNumberIsSpelledTheOtherWayInDigitsOrInLetters() {
        assertThat(FrenchNumbers.otherSpelling("3")).hasValue("trois");
        assertThat(FrenchNumbers.otherSpelling("trois")).hasValue("3");
        assertThat(FrenchNumbers.otherSpelling("16")).hasValue("seize");
        assertThat(FrenchNumbers.otherSpelling("1")).as("« un » is an article more often").isEmpty();
        assertThat(FrenchNumbers.otherSpelling("une")).isEmpty();
        assertThat(FrenchNumbers.otherSpelling("17")).isEmpty();
        assertThat(FrenchNumbers.otherSpelling("axes")).isEmpty();
    }
}
