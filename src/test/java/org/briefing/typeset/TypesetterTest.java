package org.briefing.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The typesetting rules, each with texts written out by hand: {@code ~} stands for a no-break
 * space and {@code ^} for a word joiner in the expected texts.
 */
class TypesetterTest {
    private static String typeset(String language, String text) {
        return Typesetter.apply(text, Typography.of(language))
                .replace(Typesetter.NO_BREAK_SPACE, '~').replace(Typesetter.WORD_JOINER, '^');
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "one-letter word | ru | в Москве и с ним | в~Москве и~с~ним",
        "one-letter word | ru | Он пришёл к нам, а я ушёл | Он пришёл к~нам, а~я~ушёл",
        "one-letter word | uk | з країни й у місто і до нас | з~країни й~у~місто і~до нас",
        "one-letter word | sr-Cyrl | у Београду и о томе | у~Београду и~о~томе",
        "one-letter word | pl | w domu i z nim | w~domu i~z~nim",
        "one-letter word | en | a man and I went | a man and I went",
        "one-letter word | ru | т. е. это | т. е. это",
        "one-letter word | ru | 𝐀и так | 𝐀и так",
        "number | ru | за 30 дней в 2020 г. | за 30~дней в~2020~г.",
        "number | ru | приказ № 112 и § 4 | приказ №~112~и~§~4",
        "number | en | on 25 June 2020 | on 25~June 2020",
        "number | ru | рост на 5 % | рост на 5~%",
        "number | ru | 1 000 000 человек | 1~000~000~человек",
        "number | en | in 2017 35 cases | in 2017 35~cases",
        "range, dash, initial | en | from 2015-2024 on | from 2015–^2024~on",
        "range, dash, initial | ru | в 2015–2024 годах | в~2015–^2024~годах",
        "range, dash, initial | en | pages 10–12 | pages 10–^12",
        "range, dash, initial | en | call 312-62-12-26 | call 312-62-12-26",
        "range, dash, initial | en | a 1999-2000-2001 list | a 1999-2000-2001~list",
        "range, dash, initial | ru | инструмент — это | инструмент~— это",
        "range, dash, initial | en | reports – and more | reports~– and more",
        "range, dash, initial | ru | А. С. Пушкин | А.~С.~Пушкин",
        "range, dash, initial | en | the U.S. Department | the U.S.~Department",
        "quotation mark | ru | Он сказал \"привет\". | Он сказал «привет».",
        "quotation mark | ru | \"Доклад \"о торговле\" людьми\" | «Доклад „о~торговле“ людьми»",
        "quotation mark | en | She said \"hello \"there\"\" | She said “hello ‘there’”",
        "quotation mark | sr-Cyrl | Рекао је \"здраво\" | Рекао је „здраво“",
        "quotation mark | bg | Той каза \"здравей\" | Той каза „здравей“",
        "quotation mark | de | Er sagte \"hallo\" | Er sagte „hallo“",
        "quotation mark | en | (\"quoted\") | (“quoted”)",
        "quotation mark | en | don't and States' | don’t and States'",
        "quotation mark | xx | unknown \"marks\" stay | unknown \"marks\" stay",
    })
    void eachRuleAsAPrintShopWantsIt(String rule, String language, String text, String expected) {
        assertThat(typeset(language, text)).isEqualTo(expected);
    }

    @Test
    void typesettingTwiceChangesNothingMore() {
        String text = "В 2015-2024 гг. он сказал: \"в Москве — № 5\", т. е. А. Б. Иванов.";
        Typography russian = Typography.of("ru");
        String once = Typesetter.apply(text, russian);
        assertThat(once).isNotEqualTo(text);
        assertThat(Typesetter.apply(once, russian)).isEqualTo(once);
    }

    @Test
    void conventionsFollowTheLanguageAndItsScript() {
        assertThat(Typography.of("uz-Cyrl").quotes()).isEqualTo("«»„“");
        assertThat(Typography.of("uz").quotes()).isEqualTo("“”‘’");
        assertThat(Typography.of("sr-Latn").bindOneLetterWords()).isTrue();
        assertThat(Typography.of("kk").bindOneLetterWords()).isTrue();
        assertThat(Typography.of("en-GB").bindOneLetterWords()).isFalse();
        assertThat(Typography.of("ru").citesInQuotes()).isTrue();
        assertThat(Typography.of("en").citesInQuotes()).isFalse();
    }
}
