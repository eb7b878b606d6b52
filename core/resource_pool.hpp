// A fixed set of expensive objects (OCR engines) lent to one user at a time.
// Thread-safe; acquire() blocks until an object is free.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

namespace kycx {

template <class T>
class ResourcePool {
 public:
  // Returns the object to the pool when destroyed.
  class Lease {
   public:
    Lease(ResourcePool* pool, std::unique_ptr<T> item) : pool_(pool), item_(std::move(item)) {}
    Lease(Lease&&) noexcept = default;
    Lease& operator=(Lease&&) noexcept = default;
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease() {
      if (pool_ && item_) pool_->release(std::move(item_));
    }
    T& operator*() const { return *item_; }
    T* operator->() const { return item_.get(); }

   private:
    ResourcePool* pool_;
    std::unique_ptr<T> item_;
  };

  explicit ResourcePool(std::vector<std::unique_ptr<T>> items) : free_(std::move(items)) { capacity_ = free_.size(); }

  // REQUIRES: the pool was built with at least one object.
  Lease acquire() {
    std::unique_lock lock(mutex_);
    available_.wait(lock, [&] { return !free_.empty(); });
    std::unique_ptr<T> item = std::move(free_.back());
    free_.pop_back();
    return Lease(this, std::move(item));
  }

  size_t capacity() const { return capacity_; }

 private:
  void release(std::unique_ptr<T> item) {
    {
      std::lock_guard lock(mutex_);
      free_.push_back(std::move(item));
    }
    available_.notify_one();
  }

  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<T>> free_;
  size_t capacity_ = 0;
};

}  // namespace kycx
