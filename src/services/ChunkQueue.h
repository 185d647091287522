#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>

namespace hotline {

// Hands work from one producing thread to one consuming thread, holding at most `capacity`
// items: the producer waits when the consumer falls behind, so memory stays bounded.
// Either side may stop the other: close() when done or abandoned, fail() with the reason.
template<typename T>
class ChunkQueue
{
public:
    explicit ChunkQueue(std::size_t capacity) : m_capacity(capacity) {}

    // False when the consumer has closed the queue: the producer stops making more.
    bool push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_closed || m_items.size() < m_capacity; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }

    // The next item; none once the queue is closed and empty. Rethrows the producer's failure.
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_closed || !m_items.empty(); });
        if (m_failure)
            std::rethrow_exception(m_failure);
        if (m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_changed.notify_all();
        return item;
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

    void fail(std::exception_ptr failure)
    {
        std::lock_guard lock(m_mutex);
        m_failure = std::move(failure);
        m_closed = true;
        m_changed.notify_all();
    }

private:
    std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_items;
    bool m_closed = false;
    std::exception_ptr m_failure;
};

} // namespace hotline
