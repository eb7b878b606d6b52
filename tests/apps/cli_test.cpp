// The kycx program as users and scripts run it: help, exit statuses (contract
// section 1), one envelope per file, JSON vs JSON Lines, atomic outbox files.
#include <chrono>
#include <fstream>
#include <random>
#include <sstream>

#include <fcntl.h>
#include <grp.h>
#include <gtest/gtest.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/atomic_file.hpp"
#include "core/json.hpp"
#include "tests/support/bad_files.hpp"
#include "tests/support/pdf_builder.hpp"
#include "tests/support/test_files.hpp"

namespace kycx {
namespace {

namespace fs = std::filesystem;
using kycx::testing::run_command;

std::string kycx_cmd() {
  return kycx::testing::kycx_binary().string();
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(kycx::testing::kycx_binary())) GTEST_SKIP() << "kycx binary not built";
  }
};

TEST_F(CliTest, EverySubcommandPrintsHelp) {
  for (const char* sub : {"", "extract", "batch", "text"}) {
    std::string out;
    EXPECT_EQ(run_command(kycx_cmd() + " " + sub + " --help", &out), 0) << sub;
    EXPECT_NE(out.find("Usage"), std::string::npos) << sub << out;
  }
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(run_command(kycx_cmd() + " 2>/dev/null"), 2);
  EXPECT_EQ(run_command(kycx_cmd() + " extract 2>/dev/null"), 2);
  EXPECT_EQ(run_command(kycx_cmd() + " frobnicate 2>/dev/null"), 2);
  EXPECT_EQ(run_command(kycx_cmd() + " batch /nonexistent/inbox --out /tmp/x 2>/dev/null"), 2);
  EXPECT_EQ(run_command(kycx_cmd() + " extract --workers -3 x.pdf 2>/dev/null"), 2);
}

TEST_F(CliTest, ExtractOneFilePrintsOneJsonObject) {
  kycx::testing::TempDir dir;
  const auto pdf = dir.write("doc.pdf", kycx::testing::small_text_pdf());
  std::string out;
  const int status = run_command(kycx_cmd() + " extract " + pdf.string() + " 2>/dev/null", &out);
  EXPECT_EQ(status, 0);
  const Json envelope = Json::parse(out);
  EXPECT_EQ(envelope["envelope_version"], "1");
  EXPECT_EQ(envelope["source"]["file_name"], "doc.pdf");
  EXPECT_EQ(envelope["pages"][0]["text_source"], "text_layer");
  EXPECT_EQ(envelope["document_id"].get<std::string>().size(), 64u);
}

// A lending packet as one PDF: a pay stub, a gift letter, a W-2 (contract section 7).
std::string packet_pdf() {
  auto lines = [](std::vector<std::string> texts) {
    std::vector<kycx::testing::PdfText> out;
    double y = 72;
    for (auto& t : texts) {
      out.push_back({72, y, 11, std::move(t)});
      y += 18;
    }
    return out;
  };
  kycx::testing::PdfBuilder pdf;
  pdf.add_text_page(lines({"HARBOR LOGISTICS INC", "Earnings Statement", "Employee: Dana Whitfield",
                           "Pay period: 10/01/2026 - 10/15/2026", "Pay date: 10/20/2026", "Gross pay 2,450.00",
                           "Deductions Federal income tax 310.00", "Net pay 1,822.40", "YTD gross 44,100.00"}));
  std::vector<std::string> letter = {"Gift Letter", "November 2, 2026", "Dear Loan Officer,"};
  for (int i = 0; i < 8; ++i) {
    letter.push_back("I am giving my niece the sum stated below as a gift toward the purchase of her home.");
  }
  letter.push_back("Sincerely, Morgan Whitfield");
  pdf.add_text_page(lines(letter));
  pdf.add_text_page(lines(
      {"Form W-2 Wage and Tax Statement 2025", "OMB No. 1545-0008", "a Employee's social security number 123-45-6789",
       "b Employer identification number (EIN) 12-3456789", "c Employer's name, address", "HARBOR LOGISTICS INC",
       "1 Wages, tips, other compensation 58,200.00", "2 Federal income tax withheld 7,104.00",
       "3 Social security wages 58,200.00", "Department of the Treasury - Internal Revenue Service"}));
  return pdf.build();
}

TEST_F(CliTest, APacketGivesOneEnvelopePerDocumentWithTheFilesPageNumbers) {
  kycx::testing::TempDir dir;
  const auto pdf = dir.write("packet.pdf", packet_pdf());
  std::string out;
  EXPECT_EQ(run_command(kycx_cmd() + " extract " + pdf.string() + " 2>/dev/null", &out), 0);
  std::istringstream lines(out);
  std::vector<Json> docs;
  for (std::string line; std::getline(lines, line);) docs.push_back(Json::parse(line));
  ASSERT_EQ(docs.size(), 3u) << out;
  const std::vector<std::string> types = {"pay_stub", "unknown", "w2"};
  for (int i = 0; i < 3; ++i) {
    const Json& d = docs[static_cast<size_t>(i)];
    const std::string id = d["packet"]["id"];
    EXPECT_EQ(d["document_id"], id + ":" + std::to_string(i + 1));
    EXPECT_EQ(d["packet"]["index"], i + 1);
    EXPECT_EQ(d["packet"]["count"], 3);
    EXPECT_EQ(d["packet"]["first_page"], i + 1);
    EXPECT_EQ(d["packet"]["last_page"], i + 1);
    EXPECT_EQ(d["pages"][0]["page"], i + 1);
    EXPECT_EQ(d["document_type"], types[static_cast<size_t>(i)]);
  }
  EXPECT_TRUE(docs[1]["fields"].empty());
  EXPECT_EQ(docs[1]["status"], "needs_review");
  // Every value points at its document's page of the file.
  int sources = 0;
  for (int i : {0, 2}) {
    for (const auto& [name, field] : docs[static_cast<size_t>(i)]["fields"].items()) {
      for (const Json& source : field["source"]) {
        EXPECT_EQ(source["page"], i + 1) << name;
        ++sources;
      }
    }
  }
  EXPECT_GE(sources, 6);

  // --split off: the file is one document.
  EXPECT_EQ(run_command(kycx_cmd() + " extract --split off " + pdf.string() + " 2>/dev/null", &out), 0);
  const Json whole = Json::parse(out);
  EXPECT_FALSE(whole.contains("packet"));
  EXPECT_EQ(whole["pages"].size(), 3u);

  // An outbox holds one file for the packet: {packet, documents}.
  const auto inbox = dir.path() / "in";
  fs::create_directories(inbox);
  fs::copy_file(pdf, inbox / "packet.pdf");
  EXPECT_EQ(run_command(kycx_cmd() + " batch " + inbox.string() + " --out " + (dir.path() / "out").string() +
                        " --quiet 2>/dev/null"),
            0);
  std::ifstream file(dir.path() / "out" / "packet.pdf.json");
  const Json packet = Json::parse(file);
  EXPECT_EQ(packet["packet"]["count"], 3);
  EXPECT_EQ(packet["packet"]["pages"], 3);
  ASSERT_EQ(packet["documents"].size(), 3u);
  EXPECT_EQ(packet["documents"][2]["document_type"], "w2");
}

TEST_F(CliTest, ExtractSeveralFilesPrintsJsonLinesInOrderAndExitsThreeOnRejection) {
  kycx::testing::TempDir dir;
  const auto a = dir.write("a.pdf", kycx::testing::small_text_pdf());
  const auto b = dir.write("b.jpg", "this is not a picture");
  const auto c = dir.write("c.pdf", kycx::testing::small_text_pdf());
  std::string out;
  const int status =
      run_command(kycx_cmd() + " extract " + a.string() + " " + b.string() + " " + c.string() + " 2>/dev/null", &out);
  EXPECT_EQ(status, 3);
  std::istringstream lines(out);
  std::vector<Json> envelopes;
  for (std::string line; std::getline(lines, line);) envelopes.push_back(Json::parse(line));
  ASSERT_EQ(envelopes.size(), 3u);
  EXPECT_EQ(envelopes[0]["source"]["file_name"], "a.pdf");
  EXPECT_EQ(envelopes[1]["source"]["file_name"], "b.jpg");
  EXPECT_EQ(envelopes[1]["status"], "rejected");
  EXPECT_EQ(envelopes[1]["errors"][0]["code"], "unsupported_format");
  EXPECT_EQ(envelopes[2]["source"]["file_name"], "c.pdf");
}

// Paths are bytes: a Latin-1 name from a Windows zip and random byte names
// each end in an envelope whose JSON is valid and keeps the exact bytes.
TEST_F(CliTest, EveryFileNameEndsInAnEnvelopeWhateverItsBytes) {
  kycx::testing::TempDir inbox;
  std::vector<std::string> names = {"M\xFCller.pdf", "ok.pdf"};
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> byte(1, 255);
  for (int i = 0; i < 10; ++i) {
    std::string name;
    for (int n = 0; n < 12; ++n) {
      const char c = static_cast<char>(byte(rng));
      name += (c == '/' || c == '.') ? 'x' : c;  // no folders, no hidden files
    }
    names.push_back(name + ".pdf");
  }
  for (const auto& name : names) inbox.write(name, kycx::testing::small_text_pdf());

  std::string out;
  EXPECT_EQ(run_command(kycx_cmd() + " extract '" + (inbox.path() / names[0]).string() + "' 2>/dev/null", &out), 0);
  const Json one = Json::parse(out);
  EXPECT_EQ(one["source"]["file_name"], "M\xEF\xBF\xBDller.pdf");
  EXPECT_EQ(one["source"]["file_name_base64"], "TfxsbGVyLnBkZg==");

  const fs::path outbox = inbox.path() / "outbox";
  EXPECT_EQ(run_command(kycx_cmd() + " batch " + inbox.path().string() + " --out " + outbox.string() +
                        " --quiet 2>/dev/null"),
            0);
  for (const auto& name : names) {
    const fs::path envelope = outbox / (name + ".json");
    ASSERT_TRUE(fs::exists(envelope)) << "no envelope for a name of " << name.size() << " bytes";
    const Json j = Json::parse(kycx::testing::read_bytes(envelope));
    EXPECT_EQ(j["status"], "needs_review");
  }
}

TEST_F(CliTest, MissingFileGetsARejectedEnvelope) {
  std::string out;
  EXPECT_EQ(run_command(kycx_cmd() + " extract /nonexistent/kycx.pdf 2>/dev/null", &out), 3);
  const Json envelope = Json::parse(out);
  EXPECT_EQ(envelope["status"], "rejected");
  EXPECT_EQ(envelope["errors"][0]["code"], "not_found");
}

TEST_F(CliTest, BatchWritesOneEnvelopePerFileAtomicallyAndPrintsASummary) {
  kycx::testing::TempDir inbox;
  inbox.write("app-17/statement.pdf", kycx::testing::small_text_pdf());
  inbox.write("app-17/notes.txt", "not a document");
  inbox.write("app-18/scan.pdf", kycx::testing::small_text_pdf());
  inbox.write("app-18/.hidden.pdf", kycx::testing::small_text_pdf());
  inbox.write("app-18/upload.pdf.part", "partial");
  const fs::path outbox = inbox.path() / "outbox";  // inside the inbox: must not be read back
  std::string err;
  const int status = run_command(
      kycx_cmd() + " batch " + inbox.path().string() + " --out " + outbox.string() + " 2>&1 >/dev/null", &err);
  EXPECT_EQ(status, 3);  // notes.txt is rejected
  EXPECT_NE(err.find("3 documents: 0 accepted, 2 needs_review, 1 rejected"), std::string::npos) << err;
  EXPECT_NE(err.find("pages/s"), std::string::npos);
  EXPECT_TRUE(fs::exists(outbox / "app-17/statement.pdf.json"));
  EXPECT_TRUE(fs::exists(outbox / "app-17/notes.txt.json"));
  EXPECT_TRUE(fs::exists(outbox / "app-18/scan.pdf.json"));
  int files = 0;
  for (auto it = fs::recursive_directory_iterator(outbox); it != fs::recursive_directory_iterator(); ++it) {
    const auto& e = *it;
    if (e.is_directory() && e.path().filename() == ".kycx") {  // the review store
      it.disable_recursion_pending();
      continue;
    }
    if (e.is_regular_file()) {
      ++files;
      EXPECT_EQ(e.path().extension(), ".json") << e.path();
      EXPECT_NE(e.path().filename().string()[0], '.') << "temporary file left: " << e.path();
    }
  }
  EXPECT_EQ(files, 3);
  const Json envelope = Json::parse(kycx::testing::read_bytes(outbox / "app-17/statement.pdf.json"));
  EXPECT_EQ(envelope["source"]["relative_path"], "app-17/statement.pdf");
}

TEST_F(CliTest, BatchNamesTheFilesTooDeepToProcessAndExitsThree) {
  kycx::testing::TempDir inbox;
  auto chain = [](int levels) {
    std::string path;
    for (int i = 0; i < levels; ++i) path += "d/";
    return path;
  };
  inbox.write("statement.pdf", kycx::testing::small_text_pdf());
  inbox.write(chain(64) + "deepest-read.pdf", kycx::testing::small_text_pdf());
  inbox.write(chain(65) + "too-deep.pdf", kycx::testing::small_text_pdf());
  inbox.write(chain(70) + "deeper.pdf", kycx::testing::small_text_pdf());
  kycx::testing::TempDir outbox;
  std::string err;
  const int status = run_command(
      kycx_cmd() + " batch --quiet " + inbox.path().string() + " --out " + outbox.path().string() + " 2>&1 >/dev/null",
      &err);
  EXPECT_EQ(status, 3) << err;
  EXPECT_NE(err.find("2 documents: 0 accepted, 2 needs_review, 0 rejected"), std::string::npos) << err;
  const std::string folder = chain(65).substr(0, 129);  // d/d/.../d, 65 levels
  EXPECT_NE(err.find("not processed: 2 files under " + folder + ", a folder more than 64 levels below the inbox"),
            std::string::npos)
      << err;
  EXPECT_NE(err.find("not processed: 2 files in 1 folder more than 64 levels below the inbox"), std::string::npos)
      << err;
  EXPECT_TRUE(fs::exists(outbox.path() / "statement.pdf.json"));
  EXPECT_TRUE(fs::exists(outbox.path() / (chain(64) + "deepest-read.pdf.json")));
  EXPECT_FALSE(fs::exists(outbox.path() / (chain(65) + "too-deep.pdf.json")));
}

TEST_F(CliTest, BatchRemovesTemporariesOfWritersThatDiedAndKeepsLiveOnes) {
  kycx::testing::TempDir inbox;
  inbox.write("statement.pdf", kycx::testing::small_text_pdf());
  kycx::testing::TempDir outbox;
  const pid_t child = ::fork();  // a process that has ended, as a batch killed mid-write has
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);
  const std::string here = this_host();
  const auto dead = outbox.write("a/.statement.pdf.json.tmp-" + std::to_string(child) + "-0@" + here, "{\"sur");
  const auto live = outbox.write(".other.pdf.json.tmp-" + std::to_string(::getpid()) + "-3@" + here, "{");
  std::string err;
  const int status = run_command(
      kycx_cmd() + " batch --quiet " + inbox.path().string() + " --out " + outbox.path().string() + " 2>&1 >/dev/null",
      &err);
  EXPECT_EQ(status, 0) << err;
  EXPECT_FALSE(fs::exists(dead));
  EXPECT_TRUE(fs::exists(live));
  EXPECT_NE(err.find("removed 1 temporary file"), std::string::npos) << err;
  EXPECT_TRUE(fs::exists(outbox.path() / "statement.pdf.json"));
}

TEST_F(CliTest, ASecondBatchIntoTheSameOutboxFailsFastNamingTheFirst) {
  kycx::testing::TempDir inbox;
  inbox.write("statement.pdf", kycx::testing::small_text_pdf());
  kycx::testing::TempDir outbox;
  const std::string batch =
      kycx_cmd() + " batch --quiet " + inbox.path().string() + " --out " + outbox.path().string() + " 2>&1 >/dev/null";
  const fs::path lock_path = outbox.path() / ".kycx" / "batch.lock";
  std::string err;
  ASSERT_EQ(run_command(batch, &err), 0) << err;  // a batch run takes, and leaves, the lock file
  ASSERT_TRUE(fs::exists(lock_path));
  EXPECT_EQ(fs::status(lock_path).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
  fs::remove(outbox.path() / "statement.pdf.json");

  // This process holds the lock as a running batch would.
  const int fd = ::open(lock_path.c_str(), O_RDWR | O_CLOEXEC);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::flock(fd, LOCK_EX | LOCK_NB), 0);
  const std::string pid = std::to_string(::getpid());
  ASSERT_EQ(::ftruncate(fd, 0), 0);
  ASSERT_EQ(::pwrite(fd, (pid + "\n").data(), pid.size() + 1, 0), static_cast<ssize_t>(pid.size() + 1));
  err.clear();
  EXPECT_EQ(run_command(batch, &err), 2);
  EXPECT_NE(err.find("another kycx batch (pid " + pid + ") is writing to " + outbox.path().string() +
                     "; wait for it or use another --out"),
            std::string::npos)
      << err;
  EXPECT_FALSE(fs::exists(outbox.path() / "statement.pdf.json"));

  ::close(fd);  // released, as when the holder exits or dies
  err.clear();
  EXPECT_EQ(run_command(batch, &err), 0) << err;
  EXPECT_TRUE(fs::exists(outbox.path() / "statement.pdf.json"));
}

TEST_F(CliTest, EnvironmentConfiguresLimits) {
  kycx::testing::TempDir dir;
  const auto pdf = dir.write("three.pdf", kycx::testing::blank_pages_pdf(3));
  std::string out;
  EXPECT_EQ(run_command("KYCX_MAX_PAGES=2 " + kycx_cmd() + " extract " + pdf.string() + " 2>/dev/null", &out), 3);
  EXPECT_NE(out.find("over the limit of 2"), std::string::npos) << out;
  // A flag beats the environment.
  EXPECT_EQ(
      run_command("KYCX_MAX_PAGES=2 " + kycx_cmd() + " extract --max-pages 5 " + pdf.string() + " >/dev/null 2>&1"), 0);
}

}  // namespace
}  // namespace kycx

namespace kycx {
namespace {

TEST_F(CliTest, ReviewFlowFromBatchToApproval) {
  kycx::testing::TempDir dir;
  // A page kycx reads but cannot type: unknown documents always go to review.
  dir.write("inbox/app-1/note.pdf", kycx::testing::small_text_pdf());
  const std::string inbox = (dir.path() / "inbox").string();
  const std::string outbox = (dir.path() / "out").string();
  ASSERT_EQ(run_command(kycx_cmd() + " batch " + inbox + " --out " + outbox + " --quiet 2>/dev/null"), 0);
  ASSERT_TRUE(fs::exists(dir.path() / "out/.kycx/kycx.sqlite"));

  std::string out;
  ASSERT_EQ(run_command(kycx_cmd() + " review --outbox " + outbox + " list --json", &out), 0);
  const Json listed = Json::parse(out.substr(0, out.find('\n')));
  EXPECT_EQ(listed["relative_path"], "app-1/note.pdf");
  EXPECT_EQ(listed["status"], "needs_review");
  const std::string id = listed["document_id"].get<std::string>().substr(0, 12);

  ASSERT_EQ(run_command(kycx_cmd() + " review --outbox " + outbox + " show " + id + " --json", &out), 0);
  EXPECT_EQ(Json::parse(out)["envelope"]["document_type"], "unknown");

  // Unknown document, unknown field: exit 2, nothing changed.
  EXPECT_EQ(run_command(kycx_cmd() + " review --outbox " + outbox + " approve deadbeefdead x 2>/dev/null"), 2);
  EXPECT_EQ(run_command(kycx_cmd() + " review --outbox " + outbox + " approve " + id + " surname 2>/dev/null"), 2);

  // Rejecting records the reviewer and rewrites the outbox envelope.
  // The reviewer is the OS account running kycx; another name given is refused.
  EXPECT_EQ(run_command(kycx_cmd() + " review --outbox " + outbox + " reject " + id +
                        " --reviewer someone-else-kycx --reason x 2>/dev/null"),
            2);
  ASSERT_EQ(run_command("USER=mallory " + kycx_cmd() + " review --outbox " + outbox + " reject " + id +
                        " --reason 'not a KYC document' >/dev/null"),
            0);
  const Json envelope = Json::parse(kycx::testing::read_bytes(dir.path() / "out/app-1/note.pdf.json"));
  EXPECT_EQ(envelope["status"], "rejected");
  ASSERT_EQ(run_command(kycx_cmd() + " review --outbox " + outbox + " show " + id + " --json", &out), 0);
  const Json shown = Json::parse(out);
  ASSERT_EQ(shown["audit"].size(), 2u);  // the extraction, then the review
  EXPECT_EQ(shown["audit"][0]["action"], "extract");
  EXPECT_EQ(shown["audit"][0]["actor"], "kycx");
  EXPECT_EQ(shown["audit"][1]["action"], "reject");
  EXPECT_EQ(shown["audit"][1]["actor"], ::getpwuid(::geteuid())->pw_name);  // not $USER
  EXPECT_EQ(shown["audit"][1]["reason"], "not a KYC document");
}

// The store keeps outbox roots, so a review from any folder rewrites the
// outbox's files, every copy of the same bytes included.
TEST_F(CliTest, ReviewFromAnotherFolderRewritesEveryOutboxCopy) {
  kycx::testing::TempDir dir;
  dir.write("inbox/app-1/note.pdf", kycx::testing::small_text_pdf());
  dir.write("inbox/app-2/same-bytes.pdf", kycx::testing::small_text_pdf());
  fs::create_directories(dir.path() / "elsewhere");
  const std::string cd = "cd " + dir.path().string() + " && ";
  ASSERT_EQ(run_command(cd + kycx_cmd() + " batch inbox --out out --quiet 2>/dev/null"), 0);  // relative paths
  std::string out;
  ASSERT_EQ(run_command(cd + kycx_cmd() + " review --outbox out list --json", &out), 0);
  const std::string id = Json::parse(out.substr(0, out.find('\n')))["document_id"].get<std::string>().substr(0, 12);
  ASSERT_EQ(run_command("cd " + (dir.path() / "elsewhere").string() + " && " + kycx_cmd() +
                        " review --outbox ../out reject " + id + " --reason 'not a KYC document' >/dev/null"),
            0);
  EXPECT_FALSE(fs::exists(dir.path() / "elsewhere/out"));
  for (const char* name : {"out/app-1/note.pdf.json", "out/app-2/same-bytes.pdf.json"}) {
    const Json envelope = Json::parse(kycx::testing::read_bytes(dir.path() / name));
    EXPECT_EQ(envelope["status"], "rejected") << name;
  }
}

// Envelopes and stores hold personal data: private to kycx's user whatever
// the umask, or readable by one named group with --group.
TEST_F(CliTest, WhatKycxWritesIsPrivateUnlessAGroupIsGiven) {
  kycx::testing::TempDir dir;
  dir.write("inbox/app-1/note.pdf", kycx::testing::small_text_pdf());
  const auto mode = [](const fs::path& p) { return static_cast<int>(fs::status(p).permissions() & fs::perms::all); };
  const std::string inbox = (dir.path() / "inbox").string();
  ASSERT_EQ(run_command("umask 022 && " + kycx_cmd() + " batch " + inbox + " --out " + (dir.path() / "out").string() +
                        " --quiet 2>/dev/null"),
            0);
  EXPECT_EQ(mode(dir.path() / "out"), 0700);
  EXPECT_EQ(mode(dir.path() / "out/app-1"), 0700);
  EXPECT_EQ(mode(dir.path() / "out/app-1/note.pdf.json"), 0600);
  EXPECT_EQ(mode(dir.path() / "out/.kycx/kycx.sqlite"), 0600);

  const struct group* own = ::getgrgid(::getegid());
  ASSERT_NE(own, nullptr);
  ASSERT_EQ(run_command("umask 000 && " + kycx_cmd() + " --group " + own->gr_name + " batch " + inbox + " --out " +
                        (dir.path() / "shared").string() + " --quiet 2>/dev/null"),
            0);
  EXPECT_EQ(mode(dir.path() / "shared/app-1/note.pdf.json"), 0640);
  EXPECT_EQ(mode(dir.path() / "shared/.kycx/kycx.sqlite"), 0640);
  EXPECT_EQ(mode(dir.path() / "shared/app-1"), 0750);  // and set-group-id, so new files keep the group
  std::string err;
  EXPECT_EQ(run_command(kycx_cmd() + " --group no-such-group-kycx batch " + inbox + " --out " +
                            (dir.path() / "x").string() + " 2>&1",
                        &err),
            2);
  EXPECT_NE(err.find("no group named"), std::string::npos) << err;
  EXPECT_FALSE(fs::exists(dir.path() / "x"));
}

// Every input ends in an envelope or in an error naming its path and why.
TEST_F(CliTest, AnEnvelopeThatCannotBeWrittenIsNamedWithItsReason) {
  kycx::testing::TempDir dir;
  const std::string long_name = std::string(251, 'n') + ".pdf";  // + ".json" passes 255 bytes
  dir.write("inbox/" + long_name, kycx::testing::small_text_pdf());
  dir.write("inbox/x.pdf", kycx::testing::small_text_pdf() + " ");
  fs::create_directories(dir.path() / "out" / "x.pdf.json");  // a folder in the way
  std::string err;
  EXPECT_EQ(run_command(kycx_cmd() + " batch " + (dir.path() / "inbox").string() + " --out " +
                            (dir.path() / "out").string() + " --quiet 2>&1 >/dev/null",
                        &err),
            1);
  EXPECT_NE(err.find("envelope not written: cannot write " + (dir.path() / "out" / "x.pdf.json").string() +
                     ": a folder of that name is in the way"),
            std::string::npos)
      << err;
  int long_envelopes = 0;
  for (const auto& e : fs::directory_iterator(dir.path() / "out")) {
    const std::string name = e.path().filename().string();
    if (name.size() == 255 && name.starts_with("nnnn") && name.ends_with(".json")) ++long_envelopes;
  }
  EXPECT_EQ(long_envelopes, 1) << "the 251-byte name gets a shortened envelope name";
}

TEST_F(CliTest, RetentionRemovesOldEnvelopesAndSaysWhat) {
  kycx::testing::TempDir dir;
  dir.write("inbox/old.pdf", kycx::testing::small_text_pdf());
  dir.write("inbox/new.pdf", kycx::testing::small_text_pdf() + " ");
  const std::string outbox = (dir.path() / "out").string();
  ASSERT_EQ(run_command(kycx_cmd() + " batch " + (dir.path() / "inbox").string() + " --out " + outbox +
                        " --quiet 2>/dev/null"),
            0);
  const fs::path old_envelope = dir.path() / "out/old.pdf.json";
  fs::last_write_time(old_envelope, fs::file_time_type::clock::now() - std::chrono::hours(24 * 40));
  std::string out;
  ASSERT_EQ(run_command(kycx_cmd() + " retention --out " + outbox + " --days 30 --dry-run", &out), 0);
  EXPECT_NE(out.find("would remove: 1 envelopes"), std::string::npos) << out;
  EXPECT_TRUE(fs::exists(old_envelope));
  ASSERT_EQ(run_command(kycx_cmd() + " retention --out " + outbox + " --days 30", &out), 0);
  EXPECT_NE(out.find("removed: 1 envelopes"), std::string::npos) << out;
  EXPECT_FALSE(fs::exists(old_envelope));
  EXPECT_TRUE(fs::exists(dir.path() / "out/new.pdf.json"));
  ASSERT_EQ(run_command(kycx_cmd() + " audit verify --out " + outbox, &out), 0) << out;
}

TEST_F(CliTest, ReviewOfAMissingOrDamagedStoreIsAClearError) {
  kycx::testing::TempDir dir;
  std::string err;
  EXPECT_EQ(run_command(kycx_cmd() + " review --store " + (dir.path() / "none.sqlite").string() + " list 2>&1", &err),
            2);
  EXPECT_NE(err.find("no review store"), std::string::npos) << err;
  const auto junk = dir.write("junk.sqlite", std::string(8192, 'j'));
  EXPECT_EQ(run_command(kycx_cmd() + " review --store " + junk.string() + " list 2>&1", &err), 2);
  EXPECT_NE(err.find("damaged"), std::string::npos) << err;
}

}  // namespace
}  // namespace kycx
