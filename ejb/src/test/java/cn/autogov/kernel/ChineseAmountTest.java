package cn.autogov.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseAmountTest {

  @ParameterizedTest
  @CsvSource({
    "0.50, 伍角整",
    "10000.00, 壹万元整",
    "1000000007.09, 壹拾亿零柒元零玖分",
    "0.00, 零元整",
    "0.05, 伍分",
    "10.00, 壹拾元整",
    "15.30, 壹拾伍元叁角整",
    "100.08, 壹佰元零捌分",
    "1005.00, 壹仟零伍元整",
    "1680.32, 壹仟陆佰捌拾元叁角贰分",
    "107000.53, 壹拾万柒仟元伍角叁分",
    "100010.00, 壹拾万零壹拾元整",
    "600000.00, 陆拾万元整",
    "325000.00, 叁拾贰万伍仟元整",
    "20080000.00, 贰仟零捌万元整",
    "100000000.00, 壹亿元整",
    "200003000.10, 贰亿零叁仟元壹角整",
    "999999999999.99, 玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"
  })
  void writesTheWordsAndReadsThemBack(String figures, String words) {
    assertEquals(words, ChineseAmount.of(new BigDecimal(figures)));
    assertEquals(0, new BigDecimal(figures).compareTo(ChineseAmount.parse(words).orElseThrow()));
  }

  @ParameterizedTest
  @CsvSource({
    "人民币壹万元正, 10000.00",
    "壹仟陆佰捌拾元零叁角贰分, 1680.32",
    "壹拾伍圆叁角, 15.30",
    "伍角, 0.50",
    "拾元整, 10.00"
  })
  void readsThePermittedVariants(String words, String figures) {
    assertEquals(0, new BigDecimal(figures).compareTo(ChineseAmount.parse(words).orElseThrow()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "整", "一万元", "壹万元伍", "佰元整", "壹万元叁分角", "10000"})
  void refusesWhatIsNotAnAmountInCapitals(String words) {
    assertTrue(ChineseAmount.parse(words).isEmpty(), words);
  }
}
