#include "core/resource_pool.hpp"

#include <atomic>
#include <thread>

#include <gtest/gtest.h>

namespace kycx {
namespace {

TEST(ResourcePoolTest, LendsEachObjectToOneUserAtATime) {
  std::vector<std::unique_ptr<int>> items;
  items.push_back(std::make_unique<int>(0));
  items.push_back(std::make_unique<int>(0));
  ResourcePool<int> pool(std::move(items));
  std::atomic<int> in_use{0};
  std::atomic<int> max_in_use{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 6; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 200; ++i) {
        auto lease = pool.acquire();
        const int now = ++in_use;
        int seen = max_in_use.load();
        while (now > seen && !max_in_use.compare_exchange_weak(seen, now)) {
        }
        ++*lease;
        --in_use;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_LE(max_in_use.load(), 2);
  auto a = pool.acquire();
  auto b = pool.acquire();
  EXPECT_EQ(*a + *b, 1200);
}

}  // namespace
}  // namespace kycx
