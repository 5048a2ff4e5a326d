package cn.autogov.coc;

import static cn.autogov.filing.Api.PDF;
import static cn.autogov.filing.Api.file;
import static cn.autogov.filing.Api.form;
import static cn.autogov.filing.Api.id;
import static cn.autogov.filing.Api.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.autogov.filing.Api;
import cn.autogov.testing.Served;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 合格证正面样式备案 / 变更 (seed 000 §三/§四) as a manufacturer and the centre use them: a sample named with
 * another enterprise's code, a grey image and one over 300 KB refused on arrival, a 201-character
 * anti-counterfeiting text refused; a tiny sample accepted with a warning the reviewer reads;
 * approval registers the style; a change replaces it from its switch-over date and the register
 * shows both periods; a registered code cannot be filed again.
 */
@Tag("served")
@ExtendWith(Served.class)
class FrontStyleIT {

  private static final Path FILES = Path.of("../ejb/src/test/resources/vectors/files");

  @Served.Base URL base;

  private static String base64(Path p) {
    try {
      return Base64.getEncoder().encodeToString(Files.readAllBytes(p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A 24-bit colour JPEG of noise, about {@code kib} KB. */
  static byte[] jpeg(int kib) {
    var random = new Random(kib);
    for (int side = 100; ; side += 20) {
      var img = new BufferedImage(side, side * 3 / 4, BufferedImage.TYPE_INT_RGB);
      for (int y = 0; y < img.getHeight(); y++) {
        for (int x = 0; x < img.getWidth(); x++) {
          img.setRGB(x, y, random.nextInt(0x1000000));
        }
      }
      var out = new ByteArrayOutputStream();
      try {
        ImageIO.write(img, "jpg", out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (out.size() >= kib * 1024) {
        return out.toByteArray();
      }
    }
  }

  private static Map<String, String> description(String antiCounterfeit) {
    Map<String, String> v = new HashMap<>();
    v.put("composition", "正面含合格证编号、车辆信息及二维码；纸张编号位于右上角，黑色喷码8位数字。");
    v.put("antiCounterfeit", antiCounterfeit);
    v.put("styleScope", "示例牌轿车、SUV全系列");
    return v;
  }

  @Test
  void shouldRegisterAStyleThenReplaceItFromTheSwitchOver() {
    Api ent = Api.of(base, "ENTERPRISE", "110108");
    Api centre = Api.of(base, "CERTIFICATION_CENTRE", null);
    String code = ent.expect(200, "GET", "/enterprise", null).getString("certificateCode");

    JsonObject d = ent.expect(201, "POST", "/filings", "{\"type\":\"coc-front-style\"}");
    long id = id(d);
    String number = d.getJsonObject("filing").getString("number");
    String slot = "/filings/" + id + "/materials/frontSample";

    // refused on arrival: another enterprise's code, a grey image, over 300 KB
    String tiny = base64(FILES.resolve("ABCD001.jpg"));
    String other = code.equals("WXYZ") ? "VXYZ" : "WXYZ";
    var foreign = ent.call("PUT", slot, file(other + "001.jpg", tiny));
    assertEquals(400, foreign.statusCode(), foreign.body());
    assertTrue(Api.problems(foreign.body()).contains(code), foreign.body());
    var grey =
        ent.call("PUT", slot, file(code + "001.jpg", base64(FILES.resolve("ABCD003_gray.jpg"))));
    assertEquals(400, grey.statusCode(), grey.body());
    assertTrue(Api.problems(grey.body()).contains("24"), grey.body());
    var big =
        ent.call(
            "PUT", slot, file(code + "001.jpg", Base64.getEncoder().encodeToString(jpeg(310))));
    assertEquals(400, big.statusCode(), big.body());
    assertTrue(Api.problems(big.body()).contains("不得超过300KB"), big.body());

    // 201 characters (one outside the basic plane counts once) refused, 200 kept
    ent.expect(200, "PUT", slot, file(code + "001.jpg", tiny));
    ent.expect(200, "PUT", "/filings/" + id + "/materials/styleDescription", file("说明.pdf", PDF));
    var tooLong =
        ent.call("PUT", "/filings/" + id + "/form", form(description("𠀀".repeat(201)), true));
    assertEquals(400, tooLong.statusCode(), tooLong.body());
    assertTrue(Api.problems(tooLong.body()).contains("antiCounterfeit: "), tooLong.body());
    ent.expect(200, "PUT", "/filings/" + id + "/form", form(description("𠀀".repeat(200)), true));
    ent.expect(200, "POST", "/filings/" + id + "/submit", null);

    // the reviewer is told the sample is far from 150 KB, and approves
    JsonObject seen = centre.expect(200, "GET", "/filings/" + id, null);
    assertTrue(seen.getJsonArray("notes").toString().contains("与要求的约150KB相差较大"), seen.toString());
    assertEquals(
        "APPROVED",
        status(
            centre.expect(
                200,
                "POST",
                "/review/filings/" + id + "/decisions",
                "{\"decision\":\"APPROVE\"}")));
    String styles = ent.call("GET", "/coc/front-styles/mine", null).body();
    assertTrue(styles.contains("\"code\":\"" + code + "001\""), styles);
    assertTrue(styles.contains("\"state\":\"IN_USE\""), styles);

    // the same code again: refused at 上报, named
    long again = id(ent.expect(201, "POST", "/filings", "{\"type\":\"coc-front-style\"}"));
    ent.expect(
        200, "PUT", "/filings/" + again + "/materials/frontSample", file(code + "001.jpg", tiny));
    ent.expect(
        200, "PUT", "/filings/" + again + "/materials/styleDescription", file("说明.pdf", PDF));
    ent.expect(200, "PUT", "/filings/" + again + "/form", form(description("二维码防伪"), true));
    var taken = ent.call("POST", "/filings/" + again + "/submit", null);
    assertEquals(400, taken.statusCode(), taken.body());
    assertTrue(Api.problems(taken.body()).contains("样式编号" + code + "001已备案"), taken.body());

    // a change: a sample of about 150 KB (no warning), from a switch-over ten days ahead
    LocalDate switchOver = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10);
    long change = id(ent.expect(201, "POST", "/filings", "{\"type\":\"coc-front-style-change\"}"));
    ent.expect(
        200,
        "PUT",
        "/filings/" + change + "/materials/frontSample",
        file(code + "002.jpg", Base64.getEncoder().encodeToString(jpeg(150))));
    ent.expect(
        200, "PUT", "/filings/" + change + "/materials/styleDescription", file("说明.pdf", PDF));
    Map<String, String> c = description("新增全息防伪膜");
    c.put("replacedStyle", code.toLowerCase() + "009");
    c.put("changeReason", "启用新防伪技术");
    c.put("differences", "右下角增加全息防伪膜");
    c.put("switchOverDate", switchOver.toString());
    ent.expect(200, "PUT", "/filings/" + change + "/form", form(c, true));
    var unknown = ent.call("POST", "/filings/" + change + "/submit", null);
    assertEquals(400, unknown.statusCode(), unknown.body());
    assertTrue(Api.problems(unknown.body()).contains("replacedStyle: "), unknown.body());
    c.put("replacedStyle", code + "001");
    ent.expect(200, "PUT", "/filings/" + change + "/form", form(c, true));
    ent.expect(200, "POST", "/filings/" + change + "/submit", null);
    seen = centre.expect(200, "GET", "/filings/" + change, null);
    assertEquals(0, seen.getJsonArray("notes").size(), seen.getJsonArray("notes").toString());
    centre.expect(
        200, "POST", "/review/filings/" + change + "/decisions", "{\"decision\":\"APPROVE\"}");

    // the register: the old style ends the day before the switch-over, the new one starts then
    styles = ent.call("GET", "/coc/front-styles/mine", null).body();
    assertTrue(
        styles.contains("\"validTo\":\"" + switchOver.minusDays(1) + "\"")
            && styles.contains("\"replacedBy\":\"" + code + "002\""),
        styles);
    assertTrue(
        styles.contains("\"validFrom\":\"" + switchOver + "\"")
            && styles.contains("\"state\":\"PENDING\""),
        styles);
    String all = centre.call("GET", "/coc/front-styles", null).body();
    assertTrue(all.contains(code + "002") && all.contains(number), all);
  }
}
