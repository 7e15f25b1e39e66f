package org.opencrcn.it.browser.pages;

import java.util.List;
import org.openqa.selenium.WebDriver;

/** The administrators' review queue and one session's review page. */
public class ResultsReviewPage extends OpenCrcnPage {
  public ResultsReviewPage(WebDriver browser) {
    super(browser);
  }

  /** The queue, once shown: the numbers of the sessions waiting. */
  public static List<String> queue(WebDriver browser) {
    OpenCrcnPage page = OpenCrcnPage.open(browser, "/admin/certifications.xhtml");
    page.awaitPresent("review-queue");
    return page.texts("#review-queue .review-row th");
  }

  public static ResultsReviewPage open(WebDriver browser, long session) {
    OpenCrcnPage.open(browser, "/admin/certification.xhtml?id=" + session)
        .awaitPresent("review:publish");
    return new ResultsReviewPage(browser);
  }

  /** The candidates' result lines (status, rate, pix). */
  public List<String> results() {
    return texts(".review-result");
  }

  /** Publishes and returns the page's message. */
  public String publish() {
    return submit("review:publish").awaitText("messages");
  }
}
