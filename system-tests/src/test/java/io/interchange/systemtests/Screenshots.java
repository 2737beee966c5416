package io.interchange.systemtests;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The README's screenshots, taken from the running demo ({@code ./interchange screenshots}, after
 * {@code ./interchange start}) so that they show what the console really looks like: the overview,
 * the errors queue with a failed order in it, and a placed order's timeline. Not a test.
 */
public final class Screenshots {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("interchange.url", System.getProperty("interchange.url", "http://localhost:8080"));
        System.setProperty("simulators.url", System.getProperty("simulators.url", "http://localhost:8090"));
        Path folder = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(folder);
        Interchange interchange = new Interchange();
        Simulators simulators = new Simulators();

        // something for the errors queue: an order the shop does not know
        String unknown = "no-such-order-" + System.currentTimeMillis();
        interchange.postStructured(Interchange.orderCreated(Interchange.newId(), unknown));
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> Interchange.json(interchange.get(
                "/api/v1/operations/failed?businessKey=" + unknown, Interchange.OPS_KEY).body()).path("failed").size() > 0);
        // and a placed order that went all the way
        Simulators.PlacedOrder order = simulators.placeOrder();
        await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(() -> !simulators.salesOrders(order.number()).isEmpty());

        WebDriver browser = browser();
        try {
            browser.get(interchange.baseUrl + "/login.xhtml");
            browser.findElement(By.id("login:name")).sendKeys(ConsoleIT.ADMIN);
            browser.findElement(By.id("login:password")).sendKeys(ConsoleIT.ADMIN_PASSWORD);
            browser.findElement(By.id("login:submit")).click();
            await().atMost(WAIT).until(() -> browser.findElements(By.id("who")).size() == 1);
            await().atMost(WAIT).until(() -> !browser.findElements(By.tagName("canvas")).isEmpty()); // the chart
            save(browser, folder.resolve("overview.png"));

            browser.get(interchange.baseUrl + "/console/errors.xhtml");
            await().atMost(WAIT).until(() -> browser.getPageSource().contains(unknown));
            save(browser, folder.resolve("errors-queue.png"));

            browser.get(interchange.baseUrl + "/console/tracking.xhtml?key=" + order.orderId());
            await().atMost(WAIT).until(() -> browser.findElements(By.id("timeline")).size() == 1);
            save(browser, folder.resolve("timeline.png"));
        } finally {
            browser.quit();
        }
        System.out.println("screenshots written to " + folder.toAbsolutePath());
    }

    private static void save(WebDriver browser, Path file) throws Exception {
        Path taken = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(taken, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static WebDriver browser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--window-size=1400,900", "--hide-scrollbars",
                "--user-data-dir=" + Files.createTempDirectory("chromium-screenshots"));
        return new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
                .build(), options);
    }
}
